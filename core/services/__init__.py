"""Domain services: what the web layer and the workers ask the core to do."""
