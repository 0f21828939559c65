"""Plan quality across a whole service: many plans checked and summarised as a QA lead reads it.

Nothing here imports Django: the command line (`familyplan quality-report`) and the
manager's page in the web application build the same figures from the same code
(``familyplan.quality.report``).
"""
