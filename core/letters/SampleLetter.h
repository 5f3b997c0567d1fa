#pragma once

#include "LetterComposer.h"
#include "reminders/Level.h"

#include <QDate>
#include <QString>

// A believable letter for previewing a template without touching any real
// account: the tenant, guarantor and amounts of the MergeFields samples, at
// the given level, so that the template editor's preview goes through the
// same LetterComposer and LetterRenderer as a real run.
class SampleLetter
{
public:
    // `agency` is the agency's own identity; an agency with no name yet is
    // completed with the sample one, so the letterhead is never blank.
    // A level sent only to guarantors gives the guarantor's letter.
    static LetterFacts facts(const AgencyIdentity& agency, const Level& level,
                             const QString& language, const QDate& date = QDate(2026, 11, 23));
};
