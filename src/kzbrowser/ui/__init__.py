"""The Qt shell: widgets that lay out and bind the plain objects of the core."""
