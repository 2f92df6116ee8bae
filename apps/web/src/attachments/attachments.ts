import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../api/client';
import type { components } from '../api/schema';

export type Attachment = components['schemas']['AttachmentDto'];
export type AttachmentKind = Attachment['kind'];

/** Where a file's attachments live: its workflow kind, its id, and the key its section reads them under. */
export interface AttachmentsOf {
  /** The workflow kind in the path: `mandates`, `resolutions`. */
  kind: string;
  id: string;
  /** Under the section's own prefix: its events invalidate it (canAttach follows the state). */
  queryKey: QueryKey;
  /** Also read again after an upload (the file's history records it). */
  alsoRefresh?: QueryKey[];
}

export function useAttachments({ kind, id, queryKey }: AttachmentsOf) {
  return useQuery({
    queryKey,
    queryFn: async () =>
      unwrap(await api.GET('/api/v1/{kind}/{id}/attachments', { params: { path: { kind, id } } })),
  });
}

export function useUploadAttachment({ kind, id, queryKey, alsoRefresh = [] }: AttachmentsOf) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (upload: { file: File; kind: AttachmentKind; description: string }) => {
      const form = new FormData();
      form.append('kind', upload.kind);
      if (upload.description.trim()) form.append('description', upload.description.trim());
      form.append('file', upload.file);
      return unwrap(
        await api.POST('/api/v1/{kind}/{id}/attachments', {
          params: { path: { kind, id } },
          // The browser writes the multipart body and its boundary.
          body: form as never,
          bodySerializer: (body) => body as unknown as FormData,
        }),
      );
    },
    onSuccess: () =>
      Promise.all(
        [queryKey, ...alsoRefresh].map((key) => client.invalidateQueries({ queryKey: key })),
      ),
  });
}
