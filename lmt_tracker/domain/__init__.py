"""Pure domain: records, rules and judgements. No Qt, no SQLAlchemy, no reportlab, no I/O."""
