"""Co-Design Studio: in-person participation workshops about a city's AI pilot projects."""

__version__ = "0.1.0"
APP_NAME = "Co-Design Studio"
ORG_NAME = "Co-Design Studio"
ORG_DOMAIN = "codesign-studio.invalid"

