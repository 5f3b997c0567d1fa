#pragma once

#include <QHash>
#include <QLabel>
#include <QString>
#include <QStringList>

class QLineEdit;
class QWidget;

// Small pieces every form shares.
namespace FormParts {
// A red message, plain text (values come from users and files), hidden
// until it has something to say.
QLabel* errorLabel(QWidget* parent, const QString& objectName);
// `field` with `error` right under it, where the eye already is.
QWidget* underField(QWidget* field, QLabel* error, QWidget* parent);
// A grey explanation under a group of fields.
QLabel* note(const QString& text, QWidget* parent);
// A line edit named for the tests (objectName) and for screen readers.
QLineEdit* lineEdit(QWidget* parent, const QString& objectName, const QString& accessibleName);
} // namespace FormParts

// The messages under the fields of one form, by field (a validator's field
// enum, or a key), and the tab each field is on, so that a form can show
// every problem where it belongs and bring the first one into view.
template <typename Field> class FieldErrors
{
public:
    // Wraps `field` with its message label (named after the field + "Error").
    QWidget* wrap(QWidget* parent, QWidget* field, Field which, int tab)
    {
        QLabel* error = FormParts::errorLabel(parent, field->objectName() + QLatin1String("Error"));
        m_labels.insert(which, error);
        m_tabs.insert(which, tab);
        return FormParts::underField(field, error, parent);
    }

    // The form's own message, for what belongs to no field (e.g. the
    // database refused the change); cleared and listed with the others.
    void setFormLabel(QLabel* label) { m_form = label; }

    void clear()
    {
        for (QLabel* label : std::as_const(m_labels)) {
            label->clear();
            label->hide();
        }
        if (m_form) {
            m_form->clear();
            m_form->hide();
        }
    }

    // Shows every problem (anything with `field` and `message`) under its
    // field; returns the tab of the first one shown, -1 when none was.
    template <typename Problems> int show(const Problems& problems)
    {
        int firstTab = -1;
        for (const auto& problem : problems)
            if (add(problem.field, problem.message) && firstTab < 0)
                firstTab = tabOf(problem.field);
        return firstTab;
    }

    // Adds `message` under `which`; false when the field has no label.
    bool add(Field which, const QString& message)
    {
        QLabel* label = m_labels.value(which);
        if (!label)
            return false;
        label->setText(label->text().isEmpty() ? message : label->text() + u'\n' + message);
        label->show();
        return true;
    }

    // The tab of `which`, or `fallback` for a field without one.
    int tabOf(Field which, int fallback = -1) const { return m_tabs.value(which, fallback); }

    // Every message shown now, one per line.
    QStringList visible() const
    {
        QStringList out;
        for (const QLabel* label : m_labels)
            if (!label->isHidden() && !label->text().isEmpty())
                out.append(label->text().split(u'\n'));
        if (m_form && !m_form->isHidden() && !m_form->text().isEmpty())
            out.append(m_form->text());
        return out;
    }

private:
    QHash<Field, QLabel*> m_labels;
    QHash<Field, int> m_tabs;
    QLabel* m_form = nullptr;
};
