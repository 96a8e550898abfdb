"""PySide6 only: pages, Qt models, workers and widgets. The one layer that imports Qt."""
