"""Project services every front end shares: typed [tool.argmap] config, opening and checking a map (the one way in), map files, writing, the build."""
