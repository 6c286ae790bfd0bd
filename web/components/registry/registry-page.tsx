import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../router/use-page-title.js';
import { PageHeading } from '../page-heading.js';

/** A page of the registry clerk's desk: its heading and the desk's own navigation. */
export function RegistryPage({ title, children }: { title: string; children: ReactNode }) {
  usePageTitle(title);
  return (
    <main className="registry-page">
      <PageHeading>{title}</PageHeading>
      <nav aria-label="Registry" className="tabs organisation-tabs">
        <Link className="box-tab" to="/registry/audit">
          Audit log
        </Link>
        <Link className="box-tab" to="/registry/verification">
          Verification
        </Link>
        <Link className="box-tab" to="/registry/backups">
          Backups
        </Link>
      </nav>
      {children}
    </main>
  );
}
