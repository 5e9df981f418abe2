//! Blend calculator: kilograms of each component in a mass of a mixture, with ODP tonnes and
//! CO2-equivalent tonnes computed from the components' own ODP and GWP100.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::error::{Error, Result};
use crate::model::{Entry, Kind, RefrigerantNumber};

/// One component's share.
#[derive(Debug, Serialize)]
pub struct ComponentShare {
    /// Component entry id.
    pub id: String,
    /// Component title.
    pub title: String,
    /// Mass percentage in the blend.
    pub mass_pct: f64,
    /// Kilograms in the given mass.
    pub kg: f64,
    /// The component's ODP, when recorded (the highest value of a range).
    pub odp: Option<f64>,
    /// The component's GWP100, when recorded.
    pub gwp100: Option<f64>,
    /// The component's listings, as "instrument list/group".
    pub controlled_under: Vec<String>,
}

/// The calculation for one mass of one blend.
#[derive(Debug, Serialize)]
pub struct BlendReport {
    /// Blend entry id.
    pub id: String,
    /// Blend title.
    pub title: String,
    /// Mass calculated for, in kg.
    pub mass_kg: f64,
    /// The components.
    pub components: Vec<ComponentShare>,
    /// The blend's ODP (mass-weighted), when every component's ODP is known or zero.
    pub odp: f64,
    /// ODP tonnes in the given mass.
    pub odp_tonnes: f64,
    /// The blend's GWP100 (mass-weighted) over the components whose GWP is recorded.
    pub gwp100: f64,
    /// CO2-equivalent tonnes in the given mass, over the same components.
    pub co2e_tonnes: f64,
    /// Components whose GWP100 is not recorded, so the CO2e figures leave them out.
    pub gwp_unknown: Vec<String>,
}

/// Find a mixture by id, name or refrigerant number ("R-404A", "404a", "mix:r-404a").
pub fn find<'a>(catalog: &'a Catalog, name: &str) -> Result<&'a Entry> {
    let by_name = catalog
        .resolve(name)
        .ok()
        .and_then(|found| found.into_iter().find(|e| e.kind == Kind::Mixture));
    if let Some(e) = by_name {
        return Ok(e);
    }
    if let Ok(r) = RefrigerantNumber::parse_loose(name)
        && let Some(e) = catalog
            .entries
            .iter()
            .find(|e| e.kind == Kind::Mixture && e.refrigerant.as_ref() == Some(&r))
    {
        return Ok(e);
    }
    Err(Error::NotFound(format!(
        "no blend is recorded under {name:?}"
    )))
}

/// Compute the components, ODP and CO2e of `mass_kg` of `blend`.
pub fn calculate(catalog: &Catalog, blend: &Entry, mass_kg: f64) -> Result<BlendReport> {
    if !(mass_kg.is_finite() && mass_kg > 0.0) {
        return Err(Error::parse(
            "mass",
            &mass_kg.to_string(),
            "give a positive mass in kilograms",
        ));
    }
    let mut components = Vec::new();
    let (mut odp, mut gwp) = (0.0, 0.0);
    let mut gwp_unknown = Vec::new();
    for c in &blend.components {
        let part = catalog.get(&c.entry).ok_or_else(|| {
            Error::Database(format!("component {} of {} is missing", c.entry, blend.id))
        })?;
        let share = c.mass_pct / 100.0;
        let part_odp = part.odp.map(|o| o.high());
        odp += share * part_odp.unwrap_or(0.0);
        match part.gwp100 {
            Some(g) => gwp += share * g,
            None => gwp_unknown.push(part.title.clone()),
        }
        components.push(ComponentShare {
            id: part.id.to_string(),
            title: part.title.clone(),
            mass_pct: c.mass_pct,
            kg: mass_kg * share,
            odp: part_odp,
            gwp100: part.gwp100,
            controlled_under: part
                .listings
                .iter()
                .map(|l| {
                    let mut t = format!("{} {}", l.instrument.short_name(), l.list);
                    if let Some(g) = &l.group {
                        t.push_str(&format!("/{g}"));
                    }
                    t
                })
                .collect(),
        });
    }
    Ok(BlendReport {
        id: blend.id.to_string(),
        title: blend.title.clone(),
        mass_kg,
        components,
        odp,
        odp_tonnes: odp * mass_kg / 1000.0,
        gwp100: gwp,
        co2e_tonnes: gwp * mass_kg / 1000.0,
        gwp_unknown,
    })
}
