#pragma once

#include "ledger/Owner.h"

#include <QString>

#include <vector>

// The landlords of the demo agency (« mandants »): about one per 60
// accounts, at least 3, skewed as a real portfolio is: a few institutional
// owners (an insurer, a pension fund, a property company) with hundreds of
// lots each, many private owners with one to five, family SCIs and the like
// in between. French names and addresses; most have an e-mail, some do not.
// Deterministic: the same (seed, accounts) gives the same owners and the
// same owner for each account, and none of it changes the tenants' data
// (the draws use streams of their own).
class DemoOwners
{
public:
    DemoOwners(quint64 seed, int accounts);

    // How many owners an agency of `accounts` accounts has.
    static int countFor(int accounts);

    int count() const { return m_count; }
    // The index-th owner, 0 ≤ index < count().
    Owner owner(int index) const;
    QString ref(int index) const;
    // The owner of the account at `accountIndex` (DemoAgency::tenancy).
    int ownerOfAccount(int accountIndex) const { return m_ownerOf.at(std::size_t(accountIndex)); }

private:
    quint64 m_seed = 0;
    int m_count = 0;
    int m_institutional = 0;
    int m_refWidth = 3;
    std::vector<int> m_ownerOf; // by account index
};
