"""The notes canvas shared by the board tab and the shared screen: the scene, note and
cluster items, the view, and what part of the board the shared screen focuses on."""
