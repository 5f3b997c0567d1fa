#include "ImportSettingsTab.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
// Error keys: one label under each field that can be wrong.
const auto prefixesKey = QLatin1String("import.fec.prefixes");
const auto rulesKey = QLatin1String("import.fec.rules");

const QList<EntryKind> kinds = {
    EntryKind::Rent,  EntryKind::Charges, EntryKind::Fee,       EntryKind::PaymentReversal,
    EntryKind::Other, EntryKind::Payment, EntryKind::CreditNote};
const QList<FecKindRule::OnSide> sides = {FecKindRule::OnSide::Any, FecKindRule::OnSide::Debit,
                                          FecKindRule::OnSide::Credit};

// Words are typed separated by commas (a word may hold spaces:
// « régularisation de charges »).
QStringList splitList(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,;]"))))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}
} // namespace

ImportSettingsTab::ImportSettingsTab(FieldErrors<QString>& errors, int tabIndex, QWidget* parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_tabIndex(tabIndex)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(FormParts::note(
        tr("How the ledger exported by the accounting program (FEC) is read: which accounts are "
           "tenants, what each line is, and when a debit falls due."),
        this));

    m_prefixes = FormParts::lineEdit(this, QStringLiteral("importFecPrefixes"),
                                     tr("Tenant account prefixes"));
    m_prefixes->setPlaceholderText(tr("e.g. 411, 4191"));
    m_prefixes->setToolTip(tr("Lines whose account number (CompteNum) starts with one of these, "
                              "separated by commas, and that name a tenant (CompAuxNum) are "
                              "imported; the others are counted and skipped."));
    auto* accounts = new QGroupBox(tr("Tenant accounts"), this);
    auto* accountsForm = new QFormLayout(accounts);
    accountsForm->addRow(tr("Account &prefixes:"),
                         m_errors.wrap(this, m_prefixes, prefixesKey, m_tabIndex));
    layout->addWidget(accounts);

    auto* kindsBox = new QGroupBox(tr("Kinds of entries"), this);
    auto* kindsLayout = new QVBoxLayout(kindsBox);
    kindsLayout->addWidget(FormParts::note(
        tr("Each line gets the kind of the first rule, from the top, whose words appear in its "
           "label or journal (case and accents ignored). No rule: rent for a debit, payment "
           "for a credit."),
        kindsBox));
    m_rules = new QTableWidget(0, RuleColumnCount, kindsBox);
    m_rules->setObjectName(QStringLiteral("importFecRules"));
    m_rules->setAccessibleName(tr("Kind rules"));
    m_rules->setHorizontalHeaderLabels({tr("Looks in"), tr("Words"), tr("Side"), tr("Kind")});
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(WordsColumn, QHeaderView::Stretch);
    m_rules->setMinimumHeight(fontMetrics().height() * 10);

    m_add = new QPushButton(tr("A&dd"), kindsBox);
    m_add->setObjectName(QStringLiteral("importFecAdd"));
    m_remove = new QPushButton(tr("Re&move"), kindsBox);
    m_remove->setObjectName(QStringLiteral("importFecRemove"));
    m_up = new QPushButton(tr("Move &up"), kindsBox);
    m_up->setObjectName(QStringLiteral("importFecUp"));
    m_down = new QPushButton(tr("Move do&wn"), kindsBox);
    m_down->setObjectName(QStringLiteral("importFecDown"));
    m_defaults = new QPushButton(tr("Restore de&faults"), kindsBox);
    m_defaults->setObjectName(QStringLiteral("importFecDefaults"));
    m_defaults->setToolTip(tr("The prefix 411 and the rules Relance starts with"));
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_defaults);
    kindsLayout->addWidget(m_errors.wrap(kindsBox, m_rules, rulesKey, m_tabIndex), 1);
    kindsLayout->addLayout(buttons);
    layout->addWidget(kindsBox, 1);

    auto* due = new QGroupBox(tr("Due date of a debit"), this);
    auto* dueLayout = new QVBoxLayout(due);
    m_pieceDate = new QRadioButton(
        tr("The document's date (PieceDate), else the entry's date (EcritureDate)"), due);
    m_pieceDate->setObjectName(QStringLiteral("importFecPieceDate"));
    m_entryDate = new QRadioButton(tr("Always the entry's date (EcritureDate)"), due);
    m_entryDate->setObjectName(QStringLiteral("importFecEntryDate"));
    auto* group = new QButtonGroup(due);
    group->addButton(m_pieceDate);
    group->addButton(m_entryDate);
    dueLayout->addWidget(m_pieceDate);
    dueLayout->addWidget(m_entryDate);
    layout->addWidget(due);

    connect(m_prefixes, &QLineEdit::textChanged, this, &ImportSettingsTab::changed);
    connect(m_pieceDate, &QRadioButton::toggled, this, &ImportSettingsTab::changed);
    connect(m_add, &QPushButton::clicked, this, &ImportSettingsTab::addRule);
    connect(m_remove, &QPushButton::clicked, this, &ImportSettingsTab::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_defaults, &QPushButton::clicked, this, &ImportSettingsTab::restoreDefaults);
    connect(m_rules, &QTableWidget::currentCellChanged, this, &ImportSettingsTab::updateButtons);
    updateButtons();
}

void ImportSettingsTab::load(const FecSettings& settings)
{
    m_prefixes->setText(settings.tenantPrefixes.join(QStringLiteral(", ")));
    m_kindRules = settings.kindRules;
    showRules(-1);
    (settings.dueDate == FecDueDate::EntryDate ? m_entryDate : m_pieceDate)->setChecked(true);
}

FecSettings ImportSettingsTab::settings() const
{
    FecSettings s;
    s.tenantPrefixes = splitList(m_prefixes->text());
    s.kindRules = m_kindRules;
    s.dueDate =
        m_entryDate->isChecked() ? FecDueDate::EntryDate : FecDueDate::PieceDateElseEntryDate;
    return s;
}

void ImportSettingsTab::showProblems(const QList<FecSettingsValidator::Problem>& problems)
{
    for (const FecSettingsValidator::Problem& p : problems)
        m_errors.add(p.field == FecSettingsValidator::Field::TenantPrefixes ? QString(prefixesKey)
                                                                            : QString(rulesKey),
                     p.message);
}

void ImportSettingsTab::showRules(int current)
{
    m_showing = true;
    m_rules->setRowCount(0);
    m_rules->setRowCount(int(m_kindRules.size()));
    for (int row = 0; row < m_kindRules.size(); ++row) {
        const FecKindRule& rule = m_kindRules.at(row);
        // Each editor writes back to its rule at once; the row is found
        // when the edit happens, as rows move.
        const auto rowOf = [this](QWidget* editor) {
            for (int r = 0; r < m_rules->rowCount(); ++r)
                for (int c = 0; c < RuleColumnCount; ++c)
                    if (m_rules->cellWidget(r, c) == editor)
                        return r;
            return -1;
        };

        auto* field = new QComboBox(m_rules);
        field->setAccessibleName(tr("Looks in"));
        for (FecKindRule::Field f : {FecKindRule::Field::Label, FecKindRule::Field::Journal})
            field->addItem(FecSettingsValidator::fieldLabel(f), int(f));
        field->setCurrentIndex(field->findData(int(rule.field)));
        connect(field, &QComboBox::currentIndexChanged, this, [this, field, rowOf] {
            const int r = rowOf(field);
            if (m_showing || r < 0)
                return;
            m_kindRules[r].field = FecKindRule::Field(field->currentData().toInt());
            emit changed();
        });

        auto* words = new QLineEdit(rule.words.join(QStringLiteral(", ")), m_rules);
        words->setAccessibleName(tr("Words"));
        words->setToolTip(tr("Separated by commas; one of them is enough."));
        words->setFrame(false);
        connect(words, &QLineEdit::textEdited, this, [this, words, rowOf] {
            const int r = rowOf(words);
            if (m_showing || r < 0)
                return;
            m_kindRules[r].words = splitList(words->text());
            emit changed();
        });

        auto* side = new QComboBox(m_rules);
        side->setAccessibleName(tr("Side"));
        for (FecKindRule::OnSide s : sides)
            side->addItem(FecSettingsValidator::sideLabel(s), int(s));
        side->setCurrentIndex(side->findData(int(rule.side)));
        connect(side, &QComboBox::currentIndexChanged, this, [this, side, rowOf] {
            const int r = rowOf(side);
            if (m_showing || r < 0)
                return;
            m_kindRules[r].side = FecKindRule::OnSide(side->currentData().toInt());
            emit changed();
        });

        auto* kind = new QComboBox(m_rules);
        kind->setAccessibleName(tr("Kind"));
        for (EntryKind k : kinds)
            kind->addItem(FecSettingsValidator::kindLabel(k), int(k));
        kind->setCurrentIndex(kind->findData(int(rule.kind)));
        connect(kind, &QComboBox::currentIndexChanged, this, [this, kind, rowOf] {
            const int r = rowOf(kind);
            if (m_showing || r < 0)
                return;
            m_kindRules[r].kind = EntryKind(kind->currentData().toInt());
            emit changed();
        });

        for (QWidget* editor : {static_cast<QWidget*>(field), static_cast<QWidget*>(words),
                                static_cast<QWidget*>(side), static_cast<QWidget*>(kind)})
            editor->installEventFilter(this);
        m_rules->setCellWidget(row, FieldColumn, field);
        m_rules->setCellWidget(row, WordsColumn, words);
        m_rules->setCellWidget(row, SideColumn, side);
        m_rules->setCellWidget(row, KindColumn, kind);
    }
    m_showing = false;
    if (current >= 0 && current < m_rules->rowCount())
        m_rules->setCurrentCell(current, WordsColumn);
    updateButtons();
}

bool ImportSettingsTab::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn)
        for (int r = 0; r < m_rules->rowCount(); ++r)
            for (int c = 0; c < RuleColumnCount; ++c)
                if (m_rules->cellWidget(r, c) == watched && m_rules->currentRow() != r)
                    m_rules->setCurrentCell(r, c);
    return QWidget::eventFilter(watched, event);
}

int ImportSettingsTab::currentRule() const
{
    const int row = m_rules->currentRow();
    return row >= 0 && row < m_kindRules.size() ? row : -1;
}

void ImportSettingsTab::updateButtons()
{
    const int row = currentRule();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_kindRules.size());
}

void ImportSettingsTab::addRule()
{
    // Added last, so that it does not change what the rules above give;
    // the user moves it up when it must win over them.
    m_kindRules.append(FecKindRule());
    showRules(int(m_kindRules.size()) - 1);
    if (auto* words =
            qobject_cast<QLineEdit*>(m_rules->cellWidget(m_rules->currentRow(), WordsColumn)))
        words->setFocus();
    emit changed();
}

void ImportSettingsTab::removeRule()
{
    const int row = currentRule();
    if (row < 0)
        return;
    m_kindRules.removeAt(row);
    showRules(qMin(row, int(m_kindRules.size()) - 1));
    emit changed();
}

void ImportSettingsTab::moveRule(int by)
{
    const int row = currentRule();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_kindRules.size())
        return;
    m_kindRules.swapItemsAt(row, to);
    showRules(to);
    emit changed();
}

void ImportSettingsTab::restoreDefaults()
{
    const FecSettings defaults = FecSettings::defaults();
    m_prefixes->setText(defaults.tenantPrefixes.join(QStringLiteral(", ")));
    m_kindRules = defaults.kindRules;
    showRules(-1);
    (defaults.dueDate == FecDueDate::EntryDate ? m_entryDate : m_pieceDate)->setChecked(true);
    emit changed();
}
