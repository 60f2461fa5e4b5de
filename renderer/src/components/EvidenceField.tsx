/** The optional evidence file of a report (PDF, JPG or PNG); a file too large is refused as soon as it is picked. */
import { FileInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPaperclip } from '@tabler/icons-react';
import { EVIDENCE_ACCEPT } from '../lib/evidence';

interface EvidenceFieldProps<V extends { evidence: File | null }> {
  form: UseFormReturnType<V>;
  label: string;
  description: string;
  placeholder: string;
  /** The file picker's filter; scans and photos unless told otherwise. */
  accept?: string;
}

export function EvidenceField<V extends { evidence: File | null }>({ form, label, description, placeholder, accept = EVIDENCE_ACCEPT }: EvidenceFieldProps<V>) {
  // The generic form cannot see that 'evidence' is one of V's keys; the bound says it is.
  const typed = form as unknown as UseFormReturnType<{ evidence: File | null }>;
  return (
    <FileInput
      label={label}
      description={description}
      placeholder={placeholder}
      accept={accept}
      clearable
      leftSection={<IconPaperclip size={16} />}
      {...typed.getInputProps('evidence')}
      onChange={(file) => {
        typed.setFieldValue('evidence', file);
        typed.validateField('evidence');
      }}
    />
  );
}
