/** Opens the fictional example data, from the welcome screen or from "Inicio". */
import { Button } from '@mantine/core';
import { IconFlask } from '@tabler/icons-react';
import { notifyError } from '../../lib/notify';
import { useSwitchDatabase } from './queries';

export function OpenDemoButton({ label }: { label: string }) {
  const openDemo = useSwitchDatabase('workspace.openDemo');
  return (
    <Button
      variant="default"
      leftSection={<IconFlask size={18} />}
      loading={openDemo.isPending}
      onClick={() => openDemo.mutate({}, { onError: notifyError })}
    >
      {label}
    </Button>
  );
}
