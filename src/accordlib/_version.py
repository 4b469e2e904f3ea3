"""The version of accordlib, read by the build backend and re-exported at the top level."""

__version__ = "0.2.0"
