-- A coordination's accent colour (#rrggbb, dark enough for white text: domain/colour.rs); empty
-- for Socius's own blue.
ALTER TABLE coordinations ADD COLUMN accent_colour TEXT NOT NULL DEFAULT '';
