"""The archive's analysis window (strategy team): workshops, pilots, statements, notes,
recommendations."""
