#include "AccountOwnerBox.h"

#include "util/FieldLimits.h"

#include <QCompleter>
#include <QFormLayout>
#include <QLineEdit>
#include <QStandardItemModel>

namespace {

constexpr int RefRole = Qt::UserRole;
constexpr int SearchRole = Qt::UserRole + 1;

// Matches on "ref name" (so « dupont » finds PROP012 — M. Jean Dupont) but
// puts only the ref in the field.
class OwnerCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;
    QString pathFromIndex(const QModelIndex& index) const override
    {
        return index.data(RefRole).toString();
    }
};

} // namespace

AccountOwnerBox::AccountOwnerBox(QWidget* parent)
    : QGroupBox(tr("Owner (landlord)"), parent)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("ownerBox"));
    m_ref = FormParts::lineEdit(this, QStringLiteral("ownerRef"), tr("Owner's reference"));
    m_ref->setPlaceholderText(tr("type a reference or a name to find an owner"));
    m_ref->setMaxLength(int(FieldLimits::ref));
    m_name = FormParts::lineEdit(this, QStringLiteral("ownerName"), tr("Owner's name"));
    m_name->setMaxLength(int(FieldLimits::name));
    m_email = FormParts::lineEdit(this, QStringLiteral("ownerEmail"), tr("Owner's e-mail"));
    m_email->setMaxLength(int(FieldLimits::emailList));
    m_address1 = FormParts::lineEdit(this, QStringLiteral("ownerAddress1"), tr("Owner's address"));
    m_address1->setMaxLength(int(FieldLimits::addressLine));
    m_address2 =
        FormParts::lineEdit(this, QStringLiteral("ownerAddress2"), tr("Owner's address (line 2)"));
    m_address2->setMaxLength(int(FieldLimits::addressLine));
    m_postalCode =
        FormParts::lineEdit(this, QStringLiteral("ownerPostalCode"), tr("Owner's postal code"));
    m_postalCode->setMaxLength(10);
    m_city = FormParts::lineEdit(this, QStringLiteral("ownerCity"), tr("Owner's city"));
    m_city->setMaxLength(int(FieldLimits::city));

    m_completer = new OwnerCompleter(m_model, this);
    m_completer->setCompletionRole(SearchRole);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setMaxVisibleItems(12);
    m_ref->setCompleter(m_completer);
    // The line edit takes the chosen ref itself only while it has the focus.
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            [this](const QString& ref) {
                m_ref->setText(ref);
                applyKnownOwner();
            });
    connect(m_ref, &QLineEdit::editingFinished, this, &AccountOwnerBox::applyKnownOwner);

    using F = OwnerValidator::Field;
    const auto wrap = [this](QLineEdit* field, F which) {
        return m_errors.wrap(this, field, which, 0);
    };
    auto* form = new QFormLayout(this);
    form->addRow(tr("Owner's re&ference:"), wrap(m_ref, F::Ref));
    form->addRow(tr("Owner's na&me:"), wrap(m_name, F::Name));
    form->addRow(tr("Owner's e-&mail:"), wrap(m_email, F::Email));
    form->addRow(tr("Owner's a&ddress:"), m_address1);
    form->addRow(QString(), wrap(m_address2, F::Address));
    form->addRow(tr("Owner's postal code:"), wrap(m_postalCode, F::PostalCode));
    form->addRow(tr("Owner's cit&y:"), wrap(m_city, F::City));
}

void AccountOwnerBox::setOwners(const QList<Owner>& owners)
{
    m_owners.clear();
    m_model->clear();
    for (const Owner& o : owners) {
        m_owners.insert(o.ref, o);
        auto* item = new QStandardItem(o.ref + QStringLiteral(" — ") + o.name);
        item->setData(o.ref, RefRole);
        item->setData(QString(o.ref + u' ' + o.name), SearchRole);
        item->setEditable(false);
        m_model->appendRow(item);
    }
}

void AccountOwnerBox::load(const QString& ownerRef)
{
    m_ref->setText(ownerRef);
    const Owner known = m_owners.value(ownerRef);
    m_name->setText(known.name);
    m_email->setText(known.email);
    m_address1->setText(known.address1);
    m_address2->setText(known.address2);
    m_postalCode->setText(known.postalCode);
    m_city->setText(known.city);
    m_country = known.country.isEmpty() ? QStringLiteral("FR") : known.country;
}

void AccountOwnerBox::applyKnownOwner()
{
    const QString typed = m_ref->text().trimmed();
    if (m_owners.contains(typed))
        load(typed);
}

QString AccountOwnerBox::ref() const
{
    return m_ref->text().trimmed();
}

std::optional<Owner> AccountOwnerBox::owner() const
{
    Owner o;
    o.ref = ref();
    o.name = m_name->text().trimmed();
    o.email = m_email->text().trimmed();
    o.address1 = m_address1->text().trimmed();
    o.address2 = m_address2->text().trimmed();
    o.postalCode = m_postalCode->text().trimmed();
    o.city = m_city->text().trimmed();
    // The form has no country field: a known owner keeps its own.
    o.country = m_owners.contains(o.ref) ? m_owners.value(o.ref).country : m_country;
    if (o.ref.isEmpty() && o.name.isEmpty() && o.email.isEmpty() && o.address1.isEmpty() &&
        o.address2.isEmpty() && o.postalCode.isEmpty() && o.city.isEmpty())
        return std::nullopt;
    return o;
}

void AccountOwnerBox::clearProblems()
{
    m_errors.clear();
}

bool AccountOwnerBox::showProblems(const QList<OwnerValidator::Problem>& problems)
{
    // Country has no field here: its problem goes under the postal code.
    QList<OwnerValidator::Problem> shown = problems;
    for (OwnerValidator::Problem& p : shown)
        if (p.field == OwnerValidator::Field::Country)
            p.field = OwnerValidator::Field::PostalCode;
    return m_errors.show(shown) >= 0;
}
