#pragma once

#include "MergeData.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One merge field (« champ de fusion ») offered to template authors.
struct MergeField
{
    enum class Kind
    {
        Value,    // {{name}}
        Flag,     // {{#name}}…{{/name}} / {{^name}}…{{/name}}
        List,     // {{#items}}…{{/items}}
        Marker,   // {{reminder.items_table}}, {{plan.schedule_table}}: where a table goes
        ItemValue // {{label}} inside {{#items}}
    };
    QString name;
    QString description; // translated
    QString sample;      // what a preview shows
    Kind kind = Kind::Value;
};

// The one catalogue of merge fields: the template editor's « Insert a field »
// menu lists it and the validator refuses anything not in it, so a template
// that saves always prints.
class MergeFields
{
    Q_DECLARE_TR_FUNCTIONS(MergeFields)

public:
    static const QList<MergeField>& all();
    // Fields valid only inside {{#items}}…{{/items}}.
    static const QList<MergeField>& itemFields();
    static const MergeField* find(const QString& name);
    static const MergeField* findItemField(const QString& name);
    // Sample values for every field (previewing a template with no account).
    static MergeData sample();

    static QString itemsTableMarker() { return QStringLiteral("reminder.items_table"); }
    static QString scheduleTableMarker() { return QStringLiteral("plan.schedule_table"); }
};
