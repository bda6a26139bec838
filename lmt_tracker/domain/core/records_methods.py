# mypy: disable-error-code="no-untyped-def"
"""Methods of each frozen record of these modules, written ahead:

- ``lmt_tracker.domain.core.records``

Written by ``tools/make_record_methods.py``: do not edit, run it again after changing a
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

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.first_name, self.last_name, self.birth_date, self.email, self.phone,
                    self.address, self.id,) == (other.first_name, other.last_name,
                    other.birth_date, other.email, other.phone, other.address, other.id,))
        return NotImplemented

    def __hash__(self):
        return hash((self.first_name, self.last_name, self.birth_date, self.email, self.phone,
                    self.address, self.id,))

    return __init__, __eq__, __hash__


def training_hours(_defaults, _factories, _FACTORY, _put):
    def __init__(self, subject, delivery, hours):
        _put(self, 'subject', subject)
        _put(self, 'delivery', delivery)
        _put(self, 'hours', hours)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.subject, self.delivery, self.hours,) == (other.subject,
                    other.delivery, other.hours,))
        return NotImplemented

    def __hash__(self):
        return hash((self.subject, self.delivery, self.hours,))

    return __init__, __eq__, __hash__


def training_program(_defaults, _factories, _FACTORY, _put):
    def __init__(self, school, program, start_date, end_date, hours=_defaults['hours'],
                 jurisdiction=_defaults['jurisdiction'], id=_defaults['id'],
                 version=_defaults['version']):
        _put(self, 'school', school)
        _put(self, 'program', program)
        _put(self, 'start_date', start_date)
        _put(self, 'end_date', end_date)
        _put(self, 'hours', hours)
        _put(self, 'jurisdiction', jurisdiction)
        _put(self, 'id', id)
        _put(self, 'version', version)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.school, self.program, self.start_date, self.end_date, self.hours,
                    self.jurisdiction, self.id,) == (other.school, other.program,
                    other.start_date, other.end_date, other.hours, other.jurisdiction,
                    other.id,))
        return NotImplemented

    def __hash__(self):
        return hash((self.school, self.program, self.start_date, self.end_date, self.hours,
                    self.jurisdiction, self.id,))

    return __init__, __eq__, __hash__


def exam_attempt(_defaults, _factories, _FACTORY, _put):
    def __init__(self, exam, status, applied_date=_defaults['applied_date'],
                 authorized_date=_defaults['authorized_date'],
                 scheduled_date=_defaults['scheduled_date'], test_date=_defaults['test_date'],
                 result_date=_defaults['result_date'], jurisdiction=_defaults['jurisdiction'],
                 notes=_defaults['notes'], id=_defaults['id'], version=_defaults['version']):
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

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.exam, self.status, self.applied_date, self.authorized_date,
                    self.scheduled_date, self.test_date, self.result_date, self.jurisdiction,
                    self.notes, self.id,) == (other.exam, other.status, other.applied_date,
                    other.authorized_date, other.scheduled_date, other.test_date,
                    other.result_date, other.jurisdiction, other.notes, other.id,))
        return NotImplemented

    def __hash__(self):
        return hash((self.exam, self.status, self.applied_date, self.authorized_date,
                    self.scheduled_date, self.test_date, self.result_date, self.jurisdiction,
                    self.notes, self.id,))

    return __init__, __eq__, __hash__


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

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.kind, self.jurisdiction, self.number, self.title, self.issue_date,
                    self.expiry_date, self.status, self.notes, self.licensed_by,
                    self.practice_start, self.ce_period_start, self.ce_period_end, self.id,) ==
                    (other.kind, other.jurisdiction, other.number, other.title,
                    other.issue_date, other.expiry_date, other.status, other.notes,
                    other.licensed_by, other.practice_start, other.ce_period_start,
                    other.ce_period_end, other.id,))
        return NotImplemented

    def __hash__(self):
        return hash((self.kind, self.jurisdiction, self.number, self.title, self.issue_date,
                    self.expiry_date, self.status, self.notes, self.licensed_by,
                    self.practice_start, self.ce_period_start, self.ce_period_end, self.id,))

    return __init__, __eq__, __hash__


def approval(_defaults, _factories, _FACTORY, _put):
    def __init__(self, body, number, approved=_defaults['approved']):
        _put(self, 'body', body)
        _put(self, 'number', number)
        _put(self, 'approved', approved)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.body, self.number, self.approved,) == (other.body, other.number,
                    other.approved,))
        return NotImplemented

    def __hash__(self):
        return hash((self.body, self.number, self.approved,))

    return __init__, __eq__, __hash__


def topic_hours(_defaults, _factories, _FACTORY, _put):
    def __init__(self, topic, hours):
        _put(self, 'topic', topic)
        _put(self, 'hours', hours)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.topic, self.hours,) == (other.topic, other.hours,))
        return NotImplemented

    def __hash__(self):
        return hash((self.topic, self.hours,))

    return __init__, __eq__, __hash__


def course(_defaults, _factories, _FACTORY, _put):
    def __init__(self, title, provider, completed, hours, delivery,
                 hour_minutes=_defaults['hour_minutes'], topics=_defaults['topics'],
                 approvals=_defaults['approvals'], notes=_defaults['notes'],
                 certificate_sha256=_defaults['certificate_sha256'],
                 applies_to=_defaults['applies_to'], course_number=_defaults['course_number'],
                 id=_defaults['id'], version=_defaults['version']):
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

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.title, self.provider, self.completed, self.hours, self.delivery,
                    self.hour_minutes, self.topics, self.approvals, self.notes,
                    self.certificate_sha256, self.applies_to, self.course_number, self.id,) ==
                    (other.title, other.provider, other.completed, other.hours, other.delivery,
                    other.hour_minutes, other.topics, other.approvals, other.notes,
                    other.certificate_sha256, other.applies_to, other.course_number, other.id,))
        return NotImplemented

    def __hash__(self):
        return hash((self.title, self.provider, self.completed, self.hours, self.delivery,
                    self.hour_minutes, self.topics, self.approvals, self.notes,
                    self.certificate_sha256, self.applies_to, self.course_number, self.id,))

    return __init__, __eq__, __hash__


def certificate(_defaults, _factories, _FACTORY, _put):
    def __init__(self, sha256, file_name, media_type, data):
        _put(self, 'sha256', sha256)
        _put(self, 'file_name', file_name)
        _put(self, 'media_type', media_type)
        _put(self, 'data', data)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.sha256, self.file_name, self.media_type, self.data,) == (other.sha256,
                    other.file_name, other.media_type, other.data,))
        return NotImplemented

    def __hash__(self):
        return hash((self.sha256, self.file_name, self.media_type, self.data,))

    return __init__, __eq__, __hash__


def school(_defaults, _factories, _FACTORY, _put):
    def __init__(self, name, id=_defaults['id']):
        _put(self, 'name', name)
        _put(self, 'id', id)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.name, self.id,) == (other.name, other.id,))
        return NotImplemented

    def __hash__(self):
        return hash((self.name, self.id,))

    return __init__, __eq__, __hash__


def school_class(_defaults, _factories, _FACTORY, _put):
    def __init__(self, school_id, name, id=_defaults['id']):
        _put(self, 'school_id', school_id)
        _put(self, 'name', name)
        _put(self, 'id', id)

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.school_id, self.name, self.id,) == (other.school_id, other.name,
                    other.id,))
        return NotImplemented

    def __hash__(self):
        return hash((self.school_id, self.name, self.id,))

    return __init__, __eq__, __hash__


def graduate(_defaults, _factories, _FACTORY, _put):
    def __init__(self, student_id, name, total_hours, subject_hours=_defaults['subject_hours'],
                 online_hours=_defaults['online_hours'],
                 clinical_hours=_defaults['clinical_hours'],
                 program_start=_defaults['program_start'],
                 graduation_date=_defaults['graduation_date'],
                 birth_date=_defaults['birth_date'], mblex=_defaults['mblex'],
                 mblex_date=_defaults['mblex_date'], class_id=_defaults['class_id'],
                 id=_defaults['id'], version=_defaults['version'],
                 state_exams=_defaults['state_exams'], school_state=_defaults['school_state'],
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

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return ((self.student_id, self.name, self.total_hours, self.subject_hours,
                    self.online_hours, self.clinical_hours, self.program_start,
                    self.graduation_date, self.birth_date, self.mblex, self.mblex_date,
                    self.class_id, self.id, self.state_exams, self.school_state,
                    self.subject_online,) == (other.student_id, other.name, other.total_hours,
                    other.subject_hours, other.online_hours, other.clinical_hours,
                    other.program_start, other.graduation_date, other.birth_date, other.mblex,
                    other.mblex_date, other.class_id, other.id, other.state_exams,
                    other.school_state, other.subject_online,))
        return NotImplemented

    def __hash__(self):
        return hash((self.student_id, self.name, self.total_hours, self.subject_hours,
                    self.online_hours, self.clinical_hours, self.program_start,
                    self.graduation_date, self.birth_date, self.mblex, self.mblex_date,
                    self.class_id, self.id, self.state_exams, self.school_state,
                    self.subject_online,))

    return __init__, __eq__, __hash__


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
}
