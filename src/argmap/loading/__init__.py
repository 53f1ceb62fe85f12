"""Loading: YAML text to a model and problems, leniently, with positions; resource limits before parsing."""
