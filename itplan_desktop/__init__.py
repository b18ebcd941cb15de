"""itplan-desktop: write, price, check, print and track IT application plans offline."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("itplan-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"
