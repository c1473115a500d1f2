import { json, type ActionFunctionArgs } from '@remix-run/node'
import { verifyAgreementPdf } from '#app/services/signing/verify-agreement-pdf.server'
import { assertMethod, methodNotAllowed, withApiErrors } from '#app/utils/api.server'
import { AppError } from '#app/utils/app-error'

const MAX_PDF_BYTES = 25 * 1024 * 1024

/** POST the PDF bytes as the body: anyone may check a PDF, no token needed. */
export async function action({ request }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    const pdf = new Uint8Array(await request.arrayBuffer())
    if (pdf.byteLength === 0) throw new AppError('validation', { message: 'Send the PDF as the request body' })
    if (pdf.byteLength > MAX_PDF_BYTES) throw new AppError('validation', { message: 'The PDF is larger than 25 MB' })
    return json(await verifyAgreementPdf(pdf))
  })
}

export const loader = methodNotAllowed('POST')
