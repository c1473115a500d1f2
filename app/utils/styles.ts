import govukPackage from 'govuk-frontend/package.json'

// Versioned so browsers may cache the stylesheet until govuk-frontend is upgraded.
export const GOVUK_STYLES_HREF = `/styles/govuk.css?v=${govukPackage.version}`
