"""Use cases shared by the GUI and the CLI. Nothing here imports Qt."""
