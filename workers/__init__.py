"""arq worker settings and job wrappers."""
