import { json, type ActionFunctionArgs } from '@remix-run/node'
import { MAX_VERIFY_PDF_BYTES, verifyAgreementPdf } from '#app/services/signing/verify-agreement-pdf.server'
import { assertMethod, methodNotAllowed, withApiErrors } from '#app/utils/api.server'
import { AppError } from '#app/utils/app-error'
import { mediaTypeOf, readBodyBytes } from '#app/utils/request-body.server'

const PDF_BODY_TYPES = ['application/pdf', 'application/octet-stream', '']

/** POST the PDF bytes as the body: anyone may check a PDF, no token needed. */
export async function action({ request }: ActionFunctionArgs) {
  return withApiErrors(async () => {
    assertMethod(request, ['POST'])
    if (!PDF_BODY_TYPES.includes(mediaTypeOf(request))) {
      throw new AppError('unsupported_media_type', { message: 'Send the PDF itself as the request body, with "Content-Type: application/pdf"' })
    }
    const pdf = await readBodyBytes(request, { maxBytes: MAX_VERIFY_PDF_BYTES, what: 'The PDF' })
    if (pdf.byteLength === 0) throw new AppError('validation', { message: 'Send the PDF as the request body' })
    return json(await verifyAgreementPdf(pdf))
  })
}

export const loader = methodNotAllowed('POST')
