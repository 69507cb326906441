"""The PDF renderer's stages; `reports.render_pdf` runs them."""
