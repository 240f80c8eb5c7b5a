from .migrated import MigratedPublication

__all__ = ["MigratedPublication"]
