import { http } from '@/shared/api/http'

/** A file attached to a record (see docs/api.md, "Attachments"). */
export interface Attachment {
  id: string
  fileName: string
  contentType: string
  size: number
  sha256: string
  uploadedBy: string
  uploadedAt: string
}

/** File types the server accepts (it checks the content too, not only the name). */
export const ATTACHMENT_ACCEPT = '.jpg,.jpeg,.png,.gif,.webp,.pdf,.doc,.docx,.xls,.xlsx'

export async function listAttachments(url: string): Promise<Attachment[]> {
  const { data } = await http.get<Attachment[]>(url)
  return data
}

/** Multipart upload as field `file`, through the shared http instance (CSRF header). */
export async function uploadAttachment(url: string, file: File): Promise<Attachment> {
  const body = new FormData()
  body.append('file', file, file.name)
  const { data } = await http.post<Attachment>(url, body)
  return data
}

export async function deleteAttachment(url: string): Promise<void> {
  await http.delete(url)
}

/** 1536 → "1.5 KB": sizes as staff read them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
