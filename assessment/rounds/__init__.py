"""The yearly assessment of sections (政务公开考核评议制度): rounds, self-checks, grades, letters, charts."""
