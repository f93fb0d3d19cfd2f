"""The package version, kept in one place (read by the User-Agent and `kota --version`)."""

__version__ = "0.1.0"
