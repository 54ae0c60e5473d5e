"""kzbrowser: an offline reference browser for one article on Kazakhstan's party system."""

__version__ = "0.1.0"
