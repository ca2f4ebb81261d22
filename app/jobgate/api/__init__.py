"""HTTP layer: one thin handler module per dialect, plus shared wire-format helpers."""
