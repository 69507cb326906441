"""Field Guide: offline guidance, checklists and assessments for peace and security practitioners."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("fieldguide")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
