# mypy: disable-error-code="no-untyped-def"
"""``__init__`` of each frozen record of these modules, written ahead:

- ``lmt_tracker.domain.core.records``

Written by ``tools/make_record_inits.py``: do not edit, run it again after changing a
class there. ``lmt_tracker.domain.core.frozen`` explains why.
"""


def therapist(_defaults, _factories, _FACTORY, _put):
    def __init__(self, first_name, last_name, birth_date=_defaults['birth_date'],
                 email=_defaults['email'], phone=_defaults['phone'],
                 address=_defaults['address'], id=_defaults['id'],
                 version=_defaults['version']):
        _put(self, 'first_name', first_name)
        _put(self, 'last_name', last_name)
        _put(self, 'birth_date', birth_date)
        _put(self, 'email', email)
        _put(self, 'phone', phone)
        _put(self, 'address', address)
        _put(self, 'id', id)
        _put(self, 'version', version)
    return __init__


def training_hours(_defaults, _factories, _FACTORY, _put):
    def __init__(self, subject, delivery, hours):
        _put(self, 'subject', subject)
        _put(self, 'delivery', delivery)
        _put(self, 'hours', hours)
    return __init__


def training_program(_defaults, _factories, _FACTORY, _put):
    def __init__(self, school, program, start_date, end_date,
                 hours=_defaults['hours'], jurisdiction=_defaults['jurisdiction'],
                 id=_defaults['id'], version=_defaults['version']):
        _put(self, 'school', school)
        _put(self, 'program', program)
        _put(self, 'start_date', start_date)
        _put(self, 'end_date', end_date)
        _put(self, 'hours', hours)
        _put(self, 'jurisdiction', jurisdiction)
        _put(self, 'id', id)
        _put(self, 'version', version)
    return __init__


def exam_attempt(_defaults, _factories, _FACTORY, _put):
    def __init__(self, exam, status, applied_date=_defaults['applied_date'],
                 authorized_date=_defaults['authorized_date'],
                 scheduled_date=_defaults['scheduled_date'],
                 test_date=_defaults['test_date'],
                 result_date=_defaults['result_date'],
                 jurisdiction=_defaults['jurisdiction'], notes=_defaults['notes'],
                 id=_defaults['id'], version=_defaults['version']):
        _put(self, 'exam', exam)
        _put(self, 'status', status)
        _put(self, 'applied_date', applied_date)
        _put(self, 'authorized_date', authorized_date)
        _put(self, 'scheduled_date', scheduled_date)
        _put(self, 'test_date', test_date)
        _put(self, 'result_date', result_date)
        _put(self, 'jurisdiction', jurisdiction)
        _put(self, 'notes', notes)
        _put(self, 'id', id)
        _put(self, 'version', version)
    return __init__


def credential(_defaults, _factories, _FACTORY, _put):
    def __init__(self, kind, jurisdiction, number, title, issue_date, expiry_date,
                 status=_defaults['status'], notes=_defaults['notes'],
                 licensed_by=_defaults['licensed_by'],
                 practice_start=_defaults['practice_start'],
                 ce_period_start=_defaults['ce_period_start'],
                 ce_period_end=_defaults['ce_period_end'], id=_defaults['id'],
                 version=_defaults['version']):
        _put(self, 'kind', kind)
        _put(self, 'jurisdiction', jurisdiction)
        _put(self, 'number', number)
        _put(self, 'title', title)
        _put(self, 'issue_date', issue_date)
        _put(self, 'expiry_date', expiry_date)
        _put(self, 'status', status)
        _put(self, 'notes', notes)
        _put(self, 'licensed_by', licensed_by)
        _put(self, 'practice_start', practice_start)
        _put(self, 'ce_period_start', ce_period_start)
        _put(self, 'ce_period_end', ce_period_end)
        _put(self, 'id', id)
        _put(self, 'version', version)
    return __init__


def approval(_defaults, _factories, _FACTORY, _put):
    def __init__(self, body, number, approved=_defaults['approved']):
        _put(self, 'body', body)
        _put(self, 'number', number)
        _put(self, 'approved', approved)
    return __init__


def topic_hours(_defaults, _factories, _FACTORY, _put):
    def __init__(self, topic, hours):
        _put(self, 'topic', topic)
        _put(self, 'hours', hours)
    return __init__


def course(_defaults, _factories, _FACTORY, _put):
    def __init__(self, title, provider, completed, hours, delivery,
                 hour_minutes=_defaults['hour_minutes'], topics=_defaults['topics'],
                 approvals=_defaults['approvals'], notes=_defaults['notes'],
                 certificate_sha256=_defaults['certificate_sha256'],
                 applies_to=_defaults['applies_to'],
                 course_number=_defaults['course_number'], id=_defaults['id'],
                 version=_defaults['version']):
        _put(self, 'title', title)
        _put(self, 'provider', provider)
        _put(self, 'completed', completed)
        _put(self, 'hours', hours)
        _put(self, 'delivery', delivery)
        _put(self, 'hour_minutes', hour_minutes)
        _put(self, 'topics', topics)
        _put(self, 'approvals', approvals)
        _put(self, 'notes', notes)
        _put(self, 'certificate_sha256', certificate_sha256)
        _put(self, 'applies_to', applies_to)
        _put(self, 'course_number', course_number)
        _put(self, 'id', id)
        _put(self, 'version', version)
    return __init__


def certificate(_defaults, _factories, _FACTORY, _put):
    def __init__(self, sha256, file_name, media_type, data):
        _put(self, 'sha256', sha256)
        _put(self, 'file_name', file_name)
        _put(self, 'media_type', media_type)
        _put(self, 'data', data)
    return __init__


def school(_defaults, _factories, _FACTORY, _put):
    def __init__(self, name, id=_defaults['id']):
        _put(self, 'name', name)
        _put(self, 'id', id)
    return __init__


def school_class(_defaults, _factories, _FACTORY, _put):
    def __init__(self, school_id, name, id=_defaults['id']):
        _put(self, 'school_id', school_id)
        _put(self, 'name', name)
        _put(self, 'id', id)
    return __init__


def graduate(_defaults, _factories, _FACTORY, _put):
    def __init__(self, student_id, name, total_hours,
                 subject_hours=_defaults['subject_hours'],
                 online_hours=_defaults['online_hours'],
                 clinical_hours=_defaults['clinical_hours'],
                 program_start=_defaults['program_start'],
                 graduation_date=_defaults['graduation_date'],
                 birth_date=_defaults['birth_date'], mblex=_defaults['mblex'],
                 mblex_date=_defaults['mblex_date'], class_id=_defaults['class_id'],
                 id=_defaults['id'], version=_defaults['version'],
                 state_exams=_defaults['state_exams'],
                 school_state=_defaults['school_state'],
                 subject_online=_defaults['subject_online']):
        _put(self, 'student_id', student_id)
        _put(self, 'name', name)
        _put(self, 'total_hours', total_hours)
        _put(self, 'subject_hours', subject_hours)
        _put(self, 'online_hours', online_hours)
        _put(self, 'clinical_hours', clinical_hours)
        _put(self, 'program_start', program_start)
        _put(self, 'graduation_date', graduation_date)
        _put(self, 'birth_date', birth_date)
        _put(self, 'mblex', mblex)
        _put(self, 'mblex_date', mblex_date)
        _put(self, 'class_id', class_id)
        _put(self, 'id', id)
        _put(self, 'version', version)
        _put(self, 'state_exams', state_exams)
        _put(self, 'school_state', school_state)
        _put(self, 'subject_online', subject_online)
    return __init__


def record(_defaults, _factories, _FACTORY, _put):
    def __init__(self, therapist, programs=_defaults['programs'],
                 exams=_defaults['exams'], credentials=_defaults['credentials'],
                 courses=_defaults['courses']):
        _put(self, 'therapist', therapist)
        _put(self, 'programs', programs)
        _put(self, 'exams', exams)
        _put(self, 'credentials', credentials)
        _put(self, 'courses', courses)
    return __init__


def rule_override(_defaults, _factories, _FACTORY, _put):
    def __init__(self, jurisdiction, field, value, note, recorded,
                 rules_value=_defaults['rules_value'], id=_defaults['id']):
        _put(self, 'jurisdiction', jurisdiction)
        _put(self, 'field', field)
        _put(self, 'value', value)
        _put(self, 'note', note)
        _put(self, 'recorded', recorded)
        _put(self, 'rules_value', rules_value)
        _put(self, 'id', id)
    return __init__


INITS = {
    'lmt_tracker.domain.core.records.Therapist':
        therapist,
    'lmt_tracker.domain.core.records.TrainingHours':
        training_hours,
    'lmt_tracker.domain.core.records.TrainingProgram':
        training_program,
    'lmt_tracker.domain.core.records.ExamAttempt':
        exam_attempt,
    'lmt_tracker.domain.core.records.Credential':
        credential,
    'lmt_tracker.domain.core.records.Approval':
        approval,
    'lmt_tracker.domain.core.records.TopicHours':
        topic_hours,
    'lmt_tracker.domain.core.records.Course':
        course,
    'lmt_tracker.domain.core.records.Certificate':
        certificate,
    'lmt_tracker.domain.core.records.School':
        school,
    'lmt_tracker.domain.core.records.SchoolClass':
        school_class,
    'lmt_tracker.domain.core.records.Graduate':
        graduate,
    'lmt_tracker.domain.core.records.Record':
        record,
    'lmt_tracker.domain.core.records.RuleOverride':
        rule_override,
}
