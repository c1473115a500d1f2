import { Form, Link, useLocation } from '@remix-run/react'
import { useMemo } from 'react'
import { defineAbilityFor, type TAbilityUser } from '#app/utils/abilities'
import { CsrfInput } from './csrf-input'

type THeaderUser = { name: string; organisationName: string; roleLabel: string }

/** GOV.UK header layout without the crown or the GOV.UK name: the product name, who is signed in, and sign out. */
export function SiteHeader({ productName, user }: { productName: string; user: THeaderUser | null }) {
  return (
    <header className="govuk-header app-header">
      <div className="govuk-header__container govuk-width-container app-header__container">
        <div className="govuk-header__logo app-header__logo">
          <Link to="/" className="govuk-header__link govuk-header__link--homepage app-header__product-name">
            {productName}
          </Link>
        </div>
        {user ? (
          <div className="app-header__account">
            <p className="app-header__who">
              <span className="app-header__name">{user.name}</span>
              <span className="app-header__role">
                {[user.roleLabel, user.organisationName].filter(Boolean).join(', ')}
              </span>
            </p>
            <Form method="post" action="/sign-out" className="app-header__sign-out">
              <CsrfInput />
              <button type="submit" className="app-header__sign-out-button">
                Sign out
              </button>
            </Form>
          </div>
        ) : null}
      </div>
    </header>
  )
}

type TNavItem = { to: string; label: string }

export function ServiceNavigation({ abilityUser }: { abilityUser: TAbilityUser | null }) {
  const { pathname } = useLocation()
  const items = useMemo((): TNavItem[] => {
    if (!abilityUser) return []
    const ability = defineAbilityFor(abilityUser)
    return [
      { to: '/', label: 'Home' },
      ...(ability.can('read', 'Agreement') ? [{ to: '/agreements', label: 'Agreements' }] : []),
      ...(ability.can('read', 'Obligation') ? [{ to: '/compliance', label: 'Compliance' }] : []),
      { to: '/calendar', label: 'Calendar' },
      ...(ability.can('read', 'TermCalendar') ? [{ to: '/admin/term-calendars', label: 'Term dates' }] : []),
      ...(abilityUser.isPlatformAdmin ? [{ to: '/platform/authorities', label: 'Authorities' }] : []),
      ...(ability.can('create', 'Organisation') && !abilityUser.isPlatformAdmin ? [{ to: '/admin/organisations', label: 'Organisations' }] : []),
      ...(ability.can('create', 'User') ? [{ to: '/admin/users', label: 'Users' }] : []),
      ...(ability.can('read', 'AuditEvent') ? [{ to: '/audit', label: 'Audit trail' }] : []),
      { to: '/tokens', label: 'API tokens' },
    ]
  }, [abilityUser])
  if (items.length === 0) return null
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to))
  return (
    <section className="govuk-service-navigation" aria-label="Service information">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => (
                <li
                  key={item.to}
                  className={`govuk-service-navigation__item${isActive(item.to) ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  <Link
                    className="govuk-service-navigation__link"
                    to={item.to}
                    aria-current={isActive(item.to) ? 'page' : undefined}
                  >
                    {isActive(item.to) ? <strong className="govuk-service-navigation__active-fallback">{item.label}</strong> : item.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </div>
    </section>
  )
}

/** On every page of an install holding the demo data: its people are made up and their password is published. */
export function DemoBanner() {
  return (
    <div className="govuk-width-container">
      <div className="govuk-phase-banner app-demo-banner">
        <p className="govuk-phase-banner__content">
          <strong className="govuk-tag govuk-phase-banner__content__tag">Demo</strong>
          <span className="govuk-phase-banner__text">
            This is a demonstration with made-up agreements and people, whose password is published. Do not enter real information.
          </span>
        </p>
      </div>
    </div>
  )
}

export function SiteFooter({ productName }: { productName: string }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              <li className="govuk-footer__inline-list-item">
                <a className="govuk-footer__link" href="/verify">
                  Check a signed agreement
                </a>
              </li>
            </ul>
            <p className="govuk-body-s app-footer__text">
              {productName}: structured service level agreements for local authorities, schools and alternative
              provision.
            </p>
          </div>
        </div>
      </div>
    </footer>
  )
}
