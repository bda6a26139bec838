"""LMT Tracker: a massage therapist's licensing life in one offline app."""

__version__ = "0.1.0"
APP_NAME = "lmt-tracker"
