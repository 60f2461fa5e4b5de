/** A whole-window message for the states in which the app cannot show its usual screens. */
import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from './LanguageSwitch';

interface FullScreenMessageProps {
  icon: ReactNode;
  color?: string;
  title: string;
  children: ReactNode;
  actions?: ReactNode;
}

export function FullScreenMessage({ icon, color = 'violet', title, children, actions }: FullScreenMessageProps) {
  return (
    <Center mih="100vh" p="xl" bg="gray.0" pos="relative">
      <Box pos="absolute" top={16} right={20}>
        <LanguageSwitch />
      </Box>
      <Paper component="main" withBorder shadow="sm" radius="md" p={40} maw={640} w="100%">
        <Stack gap="lg">
          <Group gap="md" wrap="nowrap" align="center">
            <ThemeIcon size={48} radius="xl" variant="light" color={color}>
              {icon}
            </ThemeIcon>
            <Title order={1} fz={24}>
              {title}
            </Title>
          </Group>
          <Stack gap="sm">{children}</Stack>
          {actions && <Group gap="sm">{actions}</Group>}
        </Stack>
      </Paper>
    </Center>
  );
}

/** A paragraph of a full-screen message. */
export const Para = ({ children }: { children: ReactNode }) => <Text size="md">{children}</Text>;
