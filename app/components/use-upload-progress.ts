// A multipart form that works without JavaScript; with it, the same form is sent by XMLHttpRequest
// so a bar shows how much of a large file has gone, and the answer (JSON) either moves the page on
// or names what is wrong with the file. Shared by evidence uploads and agreement imports.
import { useRef, useState, type FormEvent } from 'react'

type TUploadAnswer = { redirectTo?: string; formError?: string; fieldErrors?: Record<string, string> }

export function useUploadProgress(scriptAction: string) {
  const form = useRef<HTMLFormElement>(null)
  const [sent, setSent] = useState<number | null>(null)
  const [scriptError, setScriptError] = useState<string | null>(null)

  function send(event: FormEvent<HTMLFormElement>) {
    if (!form.current || typeof XMLHttpRequest === 'undefined') return
    event.preventDefault()
    const upload = new XMLHttpRequest()
    upload.open('POST', scriptAction)
    upload.setRequestHeader('Accept', 'application/json')
    upload.upload.onprogress = (progress) => progress.lengthComputable && setSent(Math.round((progress.loaded / progress.total) * 100))
    upload.onload = () => {
      const answer = parseAnswer(upload.responseText)
      if (upload.status < 300 && answer?.redirectTo) return window.location.assign(answer.redirectTo)
      setSent(null)
      setScriptError(answer?.fieldErrors?.file ?? answer?.formError ?? 'The upload failed; try again')
    }
    upload.onerror = () => {
      setSent(null)
      setScriptError('The upload failed; check your connection and try again')
    }
    setScriptError(null)
    setSent(0)
    upload.send(new FormData(form.current))
  }

  return { form, sent, scriptError, send }
}

function parseAnswer(text: string): TUploadAnswer | null {
  try {
    return JSON.parse(text) as TUploadAnswer
  } catch {
    return null
  }
}
