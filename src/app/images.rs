//! Photos and label drawings as textures. A worker thread owns its own read-only connection to
//! the reference database, reads and decodes each image with limits, and hands back pixels; the
//! UI thread only uploads them. Nothing here blocks a frame.

use std::collections::HashMap;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::store::Store;

/// Longest side a photo is shown at; larger ones are scaled down on the worker.
const MAX_SIDE: u32 = 1024;

enum Slot {
    Pending,
    Ready(egui::TextureHandle),
    Failed(String),
}

/// What the UI gets for an image id.
pub enum ImageState<'a> {
    /// Still being decoded.
    Pending,
    /// Ready to draw.
    Ready(&'a egui::TextureHandle),
    /// Could not be read or decoded; the reason.
    Failed(&'a str),
}

type Decoded = (i64, Result<egui::ColorImage, String>);

/// The texture cache and its worker.
pub struct Images {
    slots: HashMap<i64, Slot>,
    requests: Option<Sender<i64>>,
    store: Option<Sender<Store>>,
    results: Receiver<Decoded>,
}

impl Images {
    /// Start the worker; it decodes once it is given the database the catalog was loaded from
    /// ([`Images::set_store`]). Requests made before then wait.
    pub fn start(ctx: &egui::Context) -> Images {
        let (req_tx, req_rx) = channel::<i64>();
        let (res_tx, res_rx) = channel::<Decoded>();
        let (store_tx, store_rx) = channel::<Store>();
        let ctx = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("image-decode".to_owned())
            .spawn(move || worker(store_rx, req_rx, res_tx, ctx));
        let ok = spawned.is_ok();
        Images {
            slots: HashMap::new(),
            requests: ok.then_some(req_tx),
            store: ok.then_some(store_tx),
            results: res_rx,
        }
    }

    /// Hand the worker its own connection to the reference database.
    pub fn set_store(&mut self, store: Store) {
        if let Some(tx) = self.store.take() {
            // If the worker has stopped, images show as failed; nothing else depends on it.
            let _ = tx.send(store);
        }
    }

    /// Upload whatever the worker finished. Call once per frame.
    pub fn poll(&mut self, ctx: &egui::Context) {
        while let Ok((id, result)) = self.results.try_recv() {
            let slot = match result {
                Ok(img) => Slot::Ready(ctx.load_texture(
                    format!("image-{id}"),
                    img,
                    egui::TextureOptions::LINEAR,
                )),
                Err(e) => Slot::Failed(e),
            };
            self.slots.insert(id, slot);
        }
    }

    /// The image, asking the worker for it the first time.
    pub fn get(&mut self, id: i64) -> ImageState<'_> {
        if !self.slots.contains_key(&id) {
            let slot = match &self.requests {
                Some(tx) if tx.send(id).is_ok() => Slot::Pending,
                _ => Slot::Failed("the image reader is not running".to_owned()),
            };
            self.slots.insert(id, slot);
        }
        match self.slots.get(&id) {
            Some(Slot::Ready(t)) => ImageState::Ready(t),
            Some(Slot::Failed(e)) => ImageState::Failed(e),
            _ => ImageState::Pending,
        }
    }

    /// Whether any image is still being decoded.
    pub fn busy(&self) -> bool {
        self.slots.values().any(|s| matches!(s, Slot::Pending))
    }
}

fn worker(
    store: Receiver<Store>,
    requests: Receiver<i64>,
    results: Sender<Decoded>,
    ctx: egui::Context,
) {
    let Ok(store) = store.recv() else { return };
    while let Ok(id) = requests.recv() {
        let result = decode(&store, id);
        if results.send((id, result)).is_err() {
            return;
        }
        ctx.request_repaint();
    }
}

fn decode(store: &Store, id: i64) -> Result<egui::ColorImage, String> {
    let bytes = store.image_bytes(id).map_err(|e| e.to_string())?;
    let img = crate::imaging::decode_image(&bytes)?;
    let img = if img.width().max(img.height()) > MAX_SIDE {
        img.thumbnail(MAX_SIDE, MAX_SIDE)
    } else {
        img
    };
    let rgba = img.to_rgba8();
    let size = [rgba.width() as usize, rgba.height() as usize];
    Ok(egui::ColorImage::from_rgba_unmultiplied(
        size,
        rgba.as_raw(),
    ))
}
