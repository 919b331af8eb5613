teSearchFile("terms/70-72-69",[["primarily",[1,1,24],[]],["principle",[1,1,24],[]],["printed",[1,4,4,42,4,2],[]],["prints",[1,1,52],[]]]);
