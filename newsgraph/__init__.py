"""newsgraph: news articles in, a knowledge graph of actors and events out."""
from newsgraph.errors import NewsgraphError

__version__ = "0.1.0"
__all__ = ["NewsgraphError", "__version__"]
