"""The Word renderer's stages; `reports.render_docx` runs them."""
