#pragma once

#include <QHash>
#include <QList>
#include <QString>

// The values of one letter's merge fields: dotted names ("account.ref") to
// plain text (escaping is the engine's job), booleans for the sections that
// show or hide a passage, and the unpaid items for {{#items}}…{{/items}}.
struct MergeData
{
    QHash<QString, QString> values;
    QHash<QString, bool> flags;
    QList<QHash<QString, QString>> items; // each: label, due_date, amount, remaining
};
