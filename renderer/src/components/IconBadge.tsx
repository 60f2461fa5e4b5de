/** A status as a badge with an icon before its word, so it reads without colour (in grey print too). */
import { Badge, type BadgeProps } from '@mantine/core';
import type { Icon } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface BadgeLook {
  color: string;
  icon: Icon;
  variant?: BadgeProps['variant'];
}

export function IconBadge({ look, size = 'md', children }: { look: BadgeLook; size?: BadgeProps['size']; children: ReactNode }) {
  const { color, icon: StatusIcon, variant = 'light' } = look;
  return (
    <Badge component="span" size={size} variant={variant} color={color} leftSection={<StatusIcon size={12} aria-hidden />}>
      {children}
    </Badge>
  );
}
