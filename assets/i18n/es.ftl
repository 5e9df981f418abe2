# Green Customs Field Guide — textos de la interfaz, español.
# Formato: `key = text`, uno por línea; `{ $name }` lo rellena la aplicación.

app-title = Guía de campo Aduanas Verdes
loading = Cargando los datos de referencia…
load-failed = No se pudieron abrir los datos de referencia: { $error }
welcome = Escriba lo que ve en la etiqueta, la factura o la mercancía: un nombre, un nombre comercial, un CAS RN, un número UN, un código HS, un número R, una fórmula o un nombre en otro idioma.
welcome-keys = Teclas: ↓ ↑ elegir un resultado · Enter abrir · Esc volver a la búsqueda · Ctrl+F buscar desde cualquier lugar · Alt+← / Alt+→ atrás y adelante.

# Navegación
nav-back = Atrás (Alt+←)
nav-forward = Adelante (Alt+→)
tab-search = Buscar
tab-saved = Guardados
tab-tools = Herramientas
tab-about = Acerca de
tab-settings = Ajustes

# Búsqueda
search-label = Buscar
search-hint = Nombre, nombre comercial, CAS, UN, HS, número R, fórmula, 中文, русский…
search-empty = Los resultados aparecen mientras escribe.
results-count = { $n } resultados
recent-searches = Búsquedas recientes
recent-empty = Aún no hay búsquedas.
filter-kind = Mostrar:
filter-all = Todo
filter-list = Incluido en:
not-found-title = Nada en la guía coincide con esto.
weak-match-title = Solo coincidencias débiles.
not-found-body = «No encontrado» no prueba que no esté controlado: la sustancia o la especie puede estar cubierta por la inclusión de una familia, un grupo o un taxón superior, o faltar en estos datos. Revise los documentos y consulte al punto focal.
not-found-families = Familias y grupos que pueden cubrirlo:
not-found-no-family = Ninguna familia ni grupo coincide con las palabras de la búsqueda.

# Tipos
kind-chemical = Producto químico
kind-mixture = Mezcla
kind-taxon = Especie
kind-label = Etiqueta
rank-kingdom = Reino
rank-phylum = Filo
rank-class = Clase
rank-order = Orden
rank-family = Familia
rank-subfamily = Subfamilia
rank-genus = Género
rank-species = Especie
rank-subspecies = Subespecie
rank-variety = Variedad
rank-population = Población

# Por qué coincide un resultado
role-preferred = nombre
role-synonym = sinónimo
role-trade = nombre comercial
role-common = nombre común
role-scientific = nombre científico
role-abbreviation = abreviatura
role-designation = designación
field-cas = CAS RN
field-ec = Número CE
field-un = Número UN
field-hs = Código HS
field-refrigerant = Número de refrigerante
field-formula = Fórmula
field-safety-class = Grupo de seguridad (ASHRAE 34)
field-odp = ODP
field-gwp = GWP (100 años)
field-form = Estado físico
field-scientific = Nombre científico
un-class = clase
lang-la = Científico (latín)

# Ficha
favourite-add = Añadir a favoritos
favourite-remove = Quitar de favoritos
verdict-controlled = CONTROLADO
verdict-not-listed = SIN INCLUSIÓN REGISTRADA EN NINGÚN TRATADO
verdict-not-listed-note = Esta ficha figura en la guía como producto de aspecto similar o como referencia. No figurar aquí no prueba que la mercancía pueda comerciarse libremente: revise los documentos.
verdict-members = MIEMBROS CONTROLADOS
verdict-members-note = Este grupo no está incluido en su totalidad, pero { $n } de sus miembros sí lo están (el más estricto: { $listing }). Identifique la especie o la sustancia; trate la mercancía como controlada mientras no se demuestre lo contrario.
valid-as-of = lista vigente al { $date }
valid-as-of-unknown = fecha de vigencia de la lista no registrada
in-force = en vigor desde el { $date }
list-annex = Anexo { $list }
list-appendix = Apéndice { $list }
list-schedule = Lista { $list }
list-article-3 = Artículo 3
listing-inherited = Incluido a través de:
listing-excluded = Excluido de la inclusión heredada en { $instrument }.
meaning-cites-i = Comercio con fines comerciales prohibido; se exigen a la vez un permiso de exportación y un permiso de importación, solo con fines no comerciales.
meaning-cites-ii = Comercio permitido solo con un permiso de exportación CITES (o un certificado de reexportación) expedido por el país exportador.
meaning-cites-iii = El comercio requiere un permiso de exportación CITES expedido por el país que incluyó la especie, o un certificado de origen expedido por cualquier otro país.
meaning-montreal-a = Sustancia que agota la capa de ozono (CFC, halones): producción y consumo eliminados; toda importación y toda exportación requieren licencia.
meaning-montreal-b = Sustancia que agota la capa de ozono (otros CFC, tetracloruro de carbono, metilcloroformo): eliminada; toda importación y toda exportación requieren licencia.
meaning-montreal-c = Sustancia que agota la capa de ozono (HCFC, HBFC, bromoclorometano): en proceso de eliminación; las importaciones y exportaciones requieren licencia y se descuentan de las cuotas.
meaning-montreal-e = Bromuro de metilo: eliminado salvo para aplicaciones de cuarentena y previas al envío y usos exentos; las importaciones y exportaciones requieren licencia.
meaning-montreal-f = HFC sujeto a la reducción gradual de Kigali: las importaciones y exportaciones requieren licencia y se descuentan de las cuotas en CO2 equivalente.
meaning-stockholm-a = Contaminante orgánico persistente que debe eliminarse: importación y exportación solo para su eliminación ambientalmente racional o al amparo de una exención registrada.
meaning-stockholm-b = Contaminante orgánico persistente restringido a finalidades aceptables o exenciones específicas; comercio solo para esos fines o para su eliminación.
meaning-stockholm-c = Contaminante orgánico persistente formado de manera no intencional; sus liberaciones deben reducirse.
meaning-rotterdam-iii = Consentimiento fundamentado previo: exportación solo si el país importador ha dado su conformidad; revise su decisión de importación y la notificación de exportación.
meaning-cwc-1 = Arma química o precursor cercano: transferencias solo entre Estados Partes, con fines de investigación, médicos, farmacéuticos o de protección, notificadas con antelación.
meaning-cwc-2 = Precursor de armas químicas: ninguna transferencia a Estados no Partes ni desde ellos; se declara a la autoridad nacional.
meaning-cwc-3 = Precursor de armas químicas producido en grandes cantidades: las transferencias a Estados no Partes requieren un certificado de uso final.
meaning-minamata-a = Producto con mercurio añadido: fabricación, importación y exportación no permitidas después de la fecha de eliminación, salvo exención.
meaning-minamata-art3 = Mercurio o compuesto de mercurio: exportación solo con el consentimiento por escrito del país importador, para un uso permitido o para almacenamiento.
section-safety = Seguridad
section-checks = Qué comprobar
section-red-flags = Señales de alerta
section-pictures = Fotos y etiquetas
section-label = Qué significa la etiqueta
label-how-to-read = Cómo leerla
section-summary = Descripción
section-identifiers = Identificadores
section-composition = Composición (% en masa)
section-related = Fichas relacionadas
section-names = Nombres
section-note = Lo que no se sabe
section-sources = Fuentes
related-parents = Pertenece a:
related-members = Miembros:
related-used-in = En mezclas:
related-labels = Etiquetas:
related-label-links = Se refiere a:
related-more = y { $n } más
check-hs = Código HS de la declaración coherente con { $codes }.
check-cites-permit = Permiso o certificado CITES presente, original, válido y acorde con la especie, la cantidad y las partes.
copy = Copiar
copy-value = Copiar { $value }
photo-credit = Foto: { $credit } · licencia { $licence }
picture-enlarge = Haga clic para ampliar
picture-failed = Imagen no disponible: { $why }
source-consulted = consultado el { $date }
not-listed = no incluido

# Ventana de imagen
zoom-in = Acercar
zoom-out = Alejar
close = Cerrar

# Herramientas
tool-hs = Consulta por código HS
tool-blend = Calculadora de mezclas
tool-list = Revisar una lista
tool-hs-help = Todo lo controlado que se clasifica en un código HS o por debajo de él (capítulo, partida o subpartida).
tool-hs-input = Código HS
tool-hs-example = p. ej. 2903.77
tool-hs-invalid = Indique de 2 a 6 dígitos, por ejemplo 29, 2903 o 2903.77.
tool-hs-none = No hay nada controlado registrado en este código. Esto no prueba que no esté controlado: revise la mercancía y los documentos.
tool-blend-help = Componentes de una mezcla de refrigerantes en una masa dada, con toneladas ODP y toneladas de CO2 equivalente.
tool-blend-input = Mezcla
tool-blend-mass = Masa (kg)
tool-blend-example = p. ej. R-404A
tool-mass-example = p. ej. 13.6
tool-blend-unknown = No hay ninguna mezcla registrada con este nombre o número.
tool-blend-for = en { $kg } kg
tool-blend-odp = ODP de la mezcla { $odp } · { $t } toneladas ODP
tool-blend-gwp = GWP de la mezcla { $gwp } · { $t } toneladas de CO2 equivalente
tool-blend-gwp-unknown = GWP no registrado para: { $names } (excluidos de las cifras en CO2 equivalente).
tool-list-help = Pegue un manifiesto o una factura, un artículo por línea (nombre, CAS RN, código HS o texto). Cada línea se compara con las fichas controladas.
tool-list-input = Artículos declarados
tool-list-example = p. ej. refrigerante CFC-12 13.6 kg · escamas de pangolín 20 kg · 75-71-8 (un artículo por línea)
tool-list-check = Revisar la lista (Ctrl+Enter)
tool-list-summary = { $lines } líneas revisadas · { $controlled } posiblemente controladas
status-controlled = CONTROLADO
status-not-controlled = no incluido
status-no-match = sin coincidencias — no prueba que no esté controlado
confidence-high = confianza alta
confidence-medium = confianza media
confidence-low = confianza baja
col-component = Componente
col-mass-pct = % en masa
col-kg = kg
col-odp = ODP
col-gwp = GWP
col-controlled = Controlado en virtud de

# Guardados
favourites = Favoritos
favourites-empty = Aún no hay favoritos: abra una ficha y pulse ☆.
favourite-missing = { $id } (ya no figura en los datos)

# Acerca de
about-purpose = Una referencia sin conexión para funcionarios de aduanas y sus formadores sobre los productos químicos y las especies que controlan los acuerdos ambientales multilaterales.
about-offline = Funciona totalmente sin conexión: no se envía ni se descarga nada por la red.
about-data = Datos de referencia
about-version = Versión de los datos { $version } · { $n } fichas
col-instrument = Instrumento
col-valid-as-of = Listas vigentes al
col-note = Nota
about-photos = Créditos de las fotos
about-sources = Fuentes ({ $n })

# Ajustes
settings-language = Idioma
settings-theme = Tema
theme-light = Claro, alto contraste (luz solar)
theme-dark = Oscuro
settings-scale = Tamaño del texto y de los botones
settings-scale-custom = Personalizado:
settings-fonts = Tipos de letra
font-loading = Buscando un tipo de letra chino…
font-loaded = El texto chino usa el tipo de letra del sistema { $path }.
font-missing = No se encontró ningún tipo de letra chino en este equipo: los nombres chinos se ven como cuadros. Instale Noto Sans CJK, Droid Sans Fallback o WenQuanYi (en Debian o Ubuntu: fonts-noto-cjk). Todo lo demás funciona.

# Barra de estado
status-data = datos { $version } · { $n } fichas
status-offline = sin conexión ✓
user-data-unavailable = ⚠ No se pueden guardar los favoritos ni los ajustes (pase el cursor por encima para ver por qué)
