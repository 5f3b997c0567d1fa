#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

// What the config tests share: a demo agency to start from, its export, and
// a fingerprint of everything a refused import must leave as it was.
namespace ConfigTest {

TestSupport::CliResult cli(const QString& db, const QStringList& args);
TestSupport::CliResult importFile(const QString& db, const QString& file);

// A small demo agency (init + demo) at `path`.
void makeDemo(const QString& path);
QByteArray exportJson(const QString& db);
QJsonObject exportObject(const QString& db);

// `config export` of the database plus a checksum of every row of every
// table: equal fingerprints mean nothing was written.
QByteArray fingerprint(const QString& db);
qint64 auditRows(const QString& db);

// Problems of what is stored, as the screens would see them: no global
// program, a level LevelValidator refuses, a template TemplateEngine refuses.
QStringList storedProblems(const QString& db);

void writeJson(const QString& path, const QJsonObject& root);

// A step into a JSON document: a key of an object or an index of a list.
using JsonPath = QList<QVariant>;
// `root` with the value at `path` replaced (or removed when `value` is
// undefined).
QJsonValue setAt(const QJsonValue& root, const JsonPath& path, const QJsonValue& value,
                 qsizetype from = 0);
// "programs", 0, "levels", 1, "fee_amount" as a path.
JsonPath path(const QString& dotted);

} // namespace ConfigTest
