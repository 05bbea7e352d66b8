"""Tests of what others install: the three wheels, in clean virtualenvs, offline; and the lock files."""
